import 'i18next';
import type enTools from '../../locales/en/tools.json';
import type en from '../../locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en; tools: typeof enTools };
  }
}
