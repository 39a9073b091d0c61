import { useTranslation } from 'react-i18next';

import {
  ARTICLE_CHANGES,
  type ChangeSummary,
  type HeadingRow,
} from '../../core/regulation/index.js';
import { ChangeBadge } from './ChangeBadge.js';
import { isSubstantiveHeading } from './table-rows.js';

type Props = Readonly<{
  summary: ChangeSummary;
  headings: readonly HeadingRow[];
  warningCount: number;
}>;

// How many articles changed in each way, how many headings changed, and how many
// references need a look: the first thing a member reads about a draft.
export function SummaryBar(props: Props) {
  const { t } = useTranslation();
  const headingChanges = props.headings.filter((row) => isSubstantiveHeading(row.change)).length;

  return (
    <section className="summary-bar" aria-label={t('regulation.summaryBar')}>
      <ul className="summary-counts" data-testid="change-summary">
        {ARTICLE_CHANGES.map((change) => (
          <li key={change} data-change={change} data-count={props.summary[change]}>
            <ChangeBadge change={change} name={t(`regulation.change.${change}`)} />
            <span className="summary-count">{props.summary[change]}</span>
          </li>
        ))}
      </ul>
      <p className="summary-extra">
        <span data-testid="heading-change-count" data-count={headingChanges}>
          {t('regulation.headingChanges', { count: headingChanges })}
        </span>
        <span data-testid="warning-count" data-count={props.warningCount}>
          {t('regulation.warningCount', { count: props.warningCount })}
        </span>
      </p>
    </section>
  );
}
