import 'i18next';
import type en from '../../locales/en/ui.json';
import type enTools from '../../locales/en/tools.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en; tools: typeof enTools };
  }
}
