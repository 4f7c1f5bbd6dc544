/**
 * A question to answer before going on, in the browser's own modal dialog: it keeps focus
 * inside, makes the pane behind it inert, closes on Esc and gives focus back when it closes,
 * so the pane needs no dialog library for three questions. Rendered only while open.
 */
import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  dialog: {
    maxWidth: 'min(90vw, 28rem)',
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    '::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.4)' },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS, marginBlockStart: tokens.spacingVerticalM },
});

export interface QuestionDialogProps {
  title: string;
  children: ReactNode;
  /**
   * The answers, as buttons. Focus starts on the one marked `data-autofocus` (Cancel, where
   * the other answer removes or writes over something), else on the dialog's first control.
   */
  actions: ReactNode;
  /** Esc: the same as the question's Cancel. */
  onCancel: () => void;
}

export function QuestionDialog({ title, children, actions, onCancel }: QuestionDialogProps) {
  const styles = useStyles();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    // Where the browser has no modal dialogs (jsdom), an open one is the most it can do.
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => element?.close?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className={styles.dialog}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {children}
      <div className={styles.actions}>{actions}</div>
    </dialog>
  );
}
