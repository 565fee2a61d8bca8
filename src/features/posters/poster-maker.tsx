import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledSelect, languageOptions } from '../../components/labelled-select';
import { loadTitles } from '../../content/catalog';
import { cityOptions, groupOptions } from '../../content/directory-options';
import { cityIds, isCityId, isGroupId } from '../../content/directory-schema';
import { type LangCode, languages } from '../../i18n/languages';
import { type PageId, pageIds, paths } from '../../site/paths';
import { absoluteUrl, isLocalAddress } from '../../site/site-url';
import { downloadBlob, svgBlob, svgToPng } from './download';
import {
  bidiControls,
  cleanOwnLine,
  maxOwnLine,
  type PaperSize,
  type PosterOptions,
  type PosterProblem,
  paperSizeIds,
  paperSizes,
  parsePosterQuery,
  posterQuery,
  posterTargetPath,
} from './poster-options';
import { displayUrl, posterSvg } from './poster-svg';
import { usePosterTexts } from './use-poster-texts';
import './posters.css';

function useObjectUrl(svg: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!svg) return;
    const next = URL.createObjectURL(svgBlob(svg));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [svg]);
  return url;
}

function ProblemMessage({ problem }: { problem: PosterProblem }) {
  const { t } = useTranslation('tools');
  switch (problem.kind) {
    case 'unknownPage':
      return <>{t('poster.errors.unknownPage', { value: problem.value })}</>;
    case 'badSize':
      return <>{t('poster.errors.badSize', { value: problem.value })}</>;
    case 'unknownLanguage':
      return <>{t('poster.errors.unknownLanguage', { value: problem.value })}</>;
    case 'directionMarks':
      return <>{t('poster.errors.directionMarks')}</>;
    case 'lineTooLong':
      return <>{t('poster.errors.lineTooLong', { length: problem.length, max: maxOwnLine })}</>;
    case 'noLanguage':
      return <>{t('poster.errors.noLanguage')}</>;
  }
}

/** The poster maker: choose what the code opens, languages, paper and an own line. */
export default function PosterMaker({ lang }: { lang: LangCode }) {
  const { t } = useTranslation('tools');
  const { t: common } = useTranslation();
  const initial = useMemo(() => parsePosterQuery(window.location.search), []);
  const [options, setOptions] = useState<PosterOptions>(initial.options);
  const [problems, setProblems] = useState<PosterProblem[]>(initial.problems);
  const [titles, setTitles] = useState<Record<PageId, string> | null>(null);
  const texts = usePosterTexts(options.languages, options.page);
  const url = absoluteUrl(posterTargetPath(options));
  const svg = useMemo(
    () => (texts ? posterSvg({ size: options.size, texts, url, ownLine: options.ownLine }) : null),
    [texts, url, options.size, options.ownLine],
  );
  const preview = useObjectUrl(svg);
  const local = isLocalAddress(url) || isLocalAddress(window.location.origin);

  useEffect(() => void loadTitles(lang).then(setTitles), [lang]);
  useEffect(() => window.history.replaceState(null, '', paths.tool(lang, 'poster') + posterQuery(options)), [lang, options]);

  const update = (patch: Partial<PosterOptions>, next: PosterProblem[] = []) => {
    setOptions((current) => ({ ...current, ...patch }));
    setProblems(next);
  };
  const toggleLanguage = (code: LangCode, on: boolean) => {
    const chosen = languages.map((l) => l.code).filter((c) => (c === code ? on : options.languages.includes(c)));
    if (chosen.length === 0) return setProblems([{ kind: 'noLanguage' }]);
    update({ languages: chosen });
  };
  const fileName = (ext: string) => `kompas-poster-${options.size}-${options.page}-${options.languages.join('-')}.${ext}`;
  const { width, height } = paperSizes[options.size];

  return (
    <div className="poster-maker">
      <form className="poster-controls" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('poster.target')}</legend>
          <LabelledSelect
            label={t('poster.page')}
            name="page"
            value={options.page}
            options={pageIds.map((id) => ({ value: id, label: titles?.[id] ?? id }))}
            onChange={(page) => update({ page: page as PageId })}
          />
          <LabelledSelect
            label={t('poster.linkLanguage')}
            name="lang"
            value={options.linkLang}
            options={[{ value: 'auto', label: t('poster.readerLanguage') }, ...languageOptions()]}
            onChange={(linkLang) => update({ linkLang: linkLang as LangCode | 'auto' })}
          />
          {options.page === 'directory' && (
            <>
              <LabelledSelect
                label={common('directory.city')}
                name="city"
                value={options.filter.city ?? ''}
                options={cityOptions(
                  common,
                  cityIds.filter((c) => c !== 'everywhere'),
                )}
                onChange={(city) => update({ filter: { ...options.filter, city: isCityId(city) ? city : undefined } })}
              />
              <LabelledSelect
                label={common('directory.group')}
                name="group"
                value={options.filter.group ?? ''}
                options={groupOptions(common)}
                onChange={(group) => update({ filter: { ...options.filter, group: isGroupId(group) ? group : undefined } })}
              />
            </>
          )}
        </fieldset>
        <fieldset className="poster-languages">
          <legend>{t('poster.languages')}</legend>
          {languages.map((l) => (
            <label key={l.code} lang={l.htmlLang}>
              <input
                type="checkbox"
                name="langs"
                value={l.code}
                checked={options.languages.includes(l.code)}
                onChange={(e) => toggleLanguage(l.code, e.target.checked)}
              />
              {l.nativeName}
            </label>
          ))}
        </fieldset>
        <LabelledSelect
          label={t('poster.size')}
          name="size"
          value={options.size}
          options={paperSizeIds.map((size) => ({ value: size, label: t(`poster.sizes.${size}`) }))}
          onChange={(size) => update({ size: size as PaperSize })}
        />
        <label className="field">
          <span>{t('poster.ownLine')}</span>
          <input
            className="text-input"
            type="text"
            name="line"
            value={options.ownLine}
            aria-describedby="own-line-help"
            onChange={(e) => {
              const cleaned = cleanOwnLine(e.target.value);
              // Direction overrides go at once (they could print a number reversed); spaces stay while typing.
              const typed = e.target.value.replace(bidiControls, '');
              update({ ownLine: typed.length > maxOwnLine ? cleaned.line : typed }, cleaned.problem ? [cleaned.problem] : []);
            }}
          />
          <small id="own-line-help">{t('poster.ownLineHelp', { max: maxOwnLine })}</small>
        </label>
      </form>

      <div className="poster-messages" role="alert">
        {problems.map((problem, i) => (
          <p key={i} className="status status-update" data-problem={problem.kind}>
            <ProblemMessage problem={problem} />
          </p>
        ))}
        {local && (
          <p className="status status-offline" data-warning="local">
            {t('poster.localWarning', { url: displayUrl(url) })}
          </p>
        )}
      </div>

      <div className="poster-actions actions">
        <button type="button" onClick={() => window.print()} disabled={!preview}>
          {t('poster.print')}
        </button>
        <button type="button" data-download="svg" disabled={!svg} onClick={() => svg && downloadBlob(svgBlob(svg), fileName('svg'))}>
          {t('poster.downloadSvg')}
        </button>
        <button
          type="button"
          data-download="png"
          disabled={!svg}
          onClick={() => svg && void svgToPng(svg, width, height).then((png) => downloadBlob(png, fileName('png')))}
        >
          {t('poster.downloadPng')}
        </button>
      </div>

      <h2 className="poster-preview-title">{t('poster.preview')}</h2>
      <p className="poster-target" data-url={url}>
        {displayUrl(url)}
      </p>
      {preview && texts && (
        <img
          className={`poster-sheet poster-${options.size}`}
          src={preview}
          alt={[...texts.map((x) => x.headline), displayUrl(url)].join(' · ')}
          data-url={url}
        />
      )}
    </div>
  );
}
