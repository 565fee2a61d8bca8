import type { TFunction } from 'i18next';
import { PhoneIcon } from './icons';

/** Serbia's emergency numbers (sources: locales/pages/emergency.yaml); names under "emergency" in ui.json. */
export const emergencyNumbers = [
  { number: '192', key: 'police' },
  { number: '193', key: 'fire' },
  { number: '194', key: 'ambulance' },
] as const;

/** Three tap-to-call buttons, each number with its name. */
export function EmergencyNumbers({ t, label }: { t: TFunction; label: string }) {
  return (
    <ul className="emergency-numbers" aria-label={label}>
      {emergencyNumbers.map(({ number, key }) => (
        <li key={number}>
          <a className="emergency-call" href={`tel:${number}`}>
            <PhoneIcon />
            <strong>{number}</strong>
            <span>{t(`emergency.${key}`)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
