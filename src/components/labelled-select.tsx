import { languages } from '../i18n/languages';

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

/** A select with its visible label: the one control every chooser in Kompas uses. */
export function LabelledSelect(props: {
  label: string;
  name: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select name={props.name} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Each language in its own name and script. */
export const languageOptions = (): SelectOption[] => languages.map((l) => ({ value: l.code, label: l.nativeName, lang: l.htmlLang }));
