/** Tells the user, once, that the saved library could not be read and where the old file was kept. */
interface Props {
  readonly recovered: { readonly backupPath: string; readonly reason: string };
  onDismiss(): void;
}

export function StartupNotice({ recovered, onDismiss }: Props) {
  return (
    <div className="sp-notice" role="alert">
      <p>
        <strong>Your saved plans could not be read</strong> ({recovered.reason}). The file was kept
        unchanged at <code>{recovered.backupPath}</code>, and the planner started with an empty
        library.
      </p>
      <button type="button" className="sp-button sp-small" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
