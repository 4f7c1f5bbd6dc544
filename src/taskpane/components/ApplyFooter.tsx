/**
 * The pane's footer, kept in view however far the steps scroll: Apply, what it will rate,
 * and progress while it writes. Before marking "Check" the rows that have a target but no
 * polarity, Apply asks about them here.
 */
import {
  Button,
  Field,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type BusyAction } from '../state/kpi-reducer';
import { plural } from '../plural';
import { QuestionDialog } from './QuestionDialog';

const useStyles = makeStyles({
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  progress: { flexBasis: '100%' },
  names: { maxHeight: '8em', overflowY: 'auto', margin: 0 },
});

export interface ApplyFooterProps {
  /** Measures Apply will rate, and how many of them have problems. */
  measures: number;
  problems: number;
  rowCount: number;
  busy: BusyAction | null;
  /** Names of the rows Apply asks a polarity for; null when not asking. */
  polarityQuestion: readonly string[] | null;
  onApply: () => void;
  onApplyWithoutPolarity: () => void;
  onShowProblems: () => void;
  onClosePolarityQuestion: () => void;
}

export function ApplyFooter(props: ApplyFooterProps) {
  const { busy, polarityQuestion } = props;
  const styles = useStyles();
  const writing = busy === 'apply' || busy === 'remove';
  return (
    <footer className={styles.footer}>
      <Button appearance="primary" disabledFocusable={busy !== null} onClick={props.onApply}>
        Apply
      </Button>
      <Text>
        {plural(props.measures, 'measure')} to rate{props.problems > 0 && `, ${plural(props.problems, 'problem')}`}
      </Text>
      {writing && (
        <Field className={styles.progress} label={busy === 'apply' ? `Writing ratings for ${props.rowCount} rows…` : 'Removing the added columns…'}>
          <ProgressBar />
        </Field>
      )}
      {polarityQuestion !== null && (
        <QuestionDialog
          title={`Which way is good for ${plural(polarityQuestion.length, 'measure')}?`}
          onCancel={props.onClosePolarityQuestion}
          actions={
            <>
              <Button
                appearance="primary"
                onClick={() => {
                  props.onClosePolarityQuestion();
                  props.onShowProblems();
                }}
              >
                Choose their polarity
              </Button>
              <Button onClick={props.onApplyWithoutPolarity}>Apply, marking them "Check"</Button>
            </>
          }
        >
          <Text as="p">
            These have a target but no polarity, and their target does not say whether higher or lower is better. Apply would write
            N/A for them:
          </Text>
          <Text as="p" className={styles.names}>
            {polarityQuestion.join('; ')}
          </Text>
        </QuestionDialog>
      )}
    </footer>
  );
}
