/**
 * The home page's topics, grouped by what a reader needs (papers, help, health, safety),
 * never by who the reader is. The first screen repeats the top tasks.
 */
import type { PageId } from '../../site/paths';

export interface SectionItem {
  /** Key under "sections.items" in ui.json. */
  key: string;
  page: PageId;
}

export interface Section {
  /** Key under "sections" in ui.json. */
  key: 'status' | 'help' | 'health' | 'safety';
  items: SectionItem[];
}

export const sections: Section[] = [
  {
    key: 'status',
    items: [
      { key: 'temporaryProtection', page: 'temporary-protection' },
      { key: 'stay', page: 'stay' },
      { key: 'asylum', page: 'asylum' },
    ],
  },
  {
    key: 'help',
    items: [
      { key: 'support', page: 'support' },
      { key: 'dailyNeeds', page: 'daily-needs' },
      { key: 'contacts', page: 'directory' },
    ],
  },
  {
    key: 'health',
    items: [
      { key: 'healthCare', page: 'health-care' },
      { key: 'hiv', page: 'hiv' },
      { key: 'drugs', page: 'drugs' },
    ],
  },
  {
    key: 'safety',
    items: [
      { key: 'violence', page: 'violence' },
      { key: 'lgbti', page: 'lgbti' },
      { key: 'sexWork', page: 'sex-work' },
    ],
  },
];

/** What most readers come for: on the first screen of the home page. Keys under "tasks" in ui.json. */
export const topTasks: { key: 'temporaryProtection' | 'healthCare' | 'support' | 'directory'; page: PageId }[] = [
  { key: 'temporaryProtection', page: 'temporary-protection' },
  { key: 'healthCare', page: 'health-care' },
  { key: 'support', page: 'support' },
  { key: 'directory', page: 'directory' },
];
