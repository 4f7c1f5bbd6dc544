/** An error or warning: what happened, what to do, and any items to fix; dismissed once read. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { type PaneMessage } from '../pane-message';

const useStyles = makeStyles({ list: { margin: 0, marginBlockStart: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXL } });

export function PaneMessageBar({ message, onDismiss }: { message: PaneMessage; onDismiss: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle> {message.text}
        {message.details && message.details.length > 0 && (
          <ul className={styles.list}>
            {message.details.map((detail, index) => (
              <li key={`${index}:${detail}`}>{detail}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            Dismiss
          </Button>
        }
      />
    </MessageBar>
  );
}
