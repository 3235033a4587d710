import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { ViewId } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';

export const viewOrder: readonly ViewId[] = [
  'planen',
  'einladung',
  'protokoll',
  'ausgaben',
  'verlauf',
  'einstellungen',
];

const useStyles = makeStyles({
  nav: {
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: { flexWrap: 'wrap' },
});

/** The pane's sections as tabs (`selected` is open; `onSelect` opens another); they wrap in a narrow pane. */
export function Navigation({ selected, onSelect }: { selected: ViewId; onSelect: (view: ViewId) => void }) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <nav className={styles.nav} aria-label={strings.navigationLabel}>
      <TabList
        className={styles.list}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as ViewId)}
      >
        {viewOrder.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="treffpunkt-view">
            {strings.views[id].label}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
