/**
 * Tells the user, once, what opening the library found: the saved library could not be read (and
 * where the old file was kept), or single notices (a plan file set aside, a backup used, a synced
 * folder's conflict copy kept, the library moved to one file per plan).
 */
interface Props {
  readonly recovered: { readonly backupPath: string; readonly reason: string } | null;
  readonly notices: readonly string[];
  onDismiss(): void;
}

export function StartupNotice({ recovered, notices, onDismiss }: Props) {
  return (
    <div className="sp-notice" role="alert">
      {recovered && (
        <p>
          <strong>Your saved plans could not be read</strong> ({recovered.reason}). The file was
          kept unchanged at <code>{recovered.backupPath}</code>, and the planner started without it.
        </p>
      )}
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
      <button type="button" className="sp-button sp-small" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
