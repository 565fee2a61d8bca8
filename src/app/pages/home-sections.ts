/** The structure of the two source documents, as the home page lists it. */
import type { PageId } from '../../site/paths';

export interface SectionItem {
  /** Key under "sections.items" in ui.json. */
  key: string;
  page: PageId;
}

export interface Section {
  /** Key under "sections" in ui.json. */
  key: 'refugees' | 'health';
  items: SectionItem[];
}

export const sections: Section[] = [
  {
    key: 'refugees',
    items: [
      { key: 'temporaryProtection', page: 'temporary-protection' },
      { key: 'stay', page: 'stay' },
      { key: 'asylum', page: 'asylum' },
      { key: 'support', page: 'support' },
    ],
  },
  {
    key: 'health',
    items: [
      { key: 'healthCare', page: 'health-care' },
      { key: 'hiv', page: 'hiv' },
      { key: 'drugs', page: 'drugs' },
      { key: 'lgbti', page: 'lgbti' },
      { key: 'sexWork', page: 'sex-work' },
      { key: 'violence', page: 'violence' },
      { key: 'dailyNeeds', page: 'daily-needs' },
      { key: 'contacts', page: 'directory' },
    ],
  },
];
