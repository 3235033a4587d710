import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { isClockTime, timePlan } from '../../../domain/planning';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import type { PlanenModel } from '../planenModel';
import { planenStrings } from '../planenStrings';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  cell: {
    paddingInline: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
    verticalAlign: 'top',
  },
  narrow: { whiteSpace: 'nowrap', width: '1%' },
  total: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorNeutralForeground1,
  },
  off: {
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
});

export type TimePlanTableProps = Pick<PlanenModel, 'meeting'>;

/** Clock times per item from the start time, and the plan against the three-hour slot. */
export function TimePlanTable({ meeting }: TimePlanTableProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).timePlan;
  const plan = timePlan(isClockTime(meeting.startTime) ? meeting.startTime : '00:00', meeting.agenda);
  const cell = styles.cell;
  return (
    <Section heading={strings.heading}>
      <Table aria-label={strings.table} size="extra-small" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={cell}>{strings.columns.time}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(cell, styles.narrow)}>{strings.columns.number}</TableHeaderCell>
            <TableHeaderCell className={cell}>{strings.columns.topic}</TableHeaderCell>
            <TableHeaderCell className={cell}>{strings.columns.presenter}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.rows.map(({ item, start, end }, index) => (
            <TableRow key={item.id}>
              <TableCell className={cell}>{`${start}–${end}`}</TableCell>
              <TableCell className={cell}>{index + 1}</TableCell>
              <TableCell className={cell}>{item.title}</TableCell>
              <TableCell className={cell}>{item.presenter}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className={mergeClasses(styles.total, plan.state !== 'passt' && styles.off)}>
        {strings.total(plan)} {strings.end(plan.end)}
      </p>
    </Section>
  );
}
