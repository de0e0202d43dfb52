/** The sidebar of plans: open, rename, duplicate and delete (with undo in the status line). */
import { memo, useState } from 'react';
import type { PlanSummary } from '../../src/api/contract';
import { formatDay } from '../state/labels';
import { Icon } from './Icon';

interface Props {
  readonly plans: readonly PlanSummary[];
  readonly openId: string | null;
  onOpen(id: string): void;
  onNew(): void;
  onImport(): void;
  onRename(id: string, name: string): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
}

function PlanLibraryImpl({
  plans,
  openId,
  onOpen,
  onNew,
  onImport,
  onRename,
  onDuplicate,
  onDelete,
}: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');

  const finishRename = (id: string, original: string) => {
    const name = draft.trim();
    setRenaming(null);
    if (name && name !== original) onRename(id, name);
  };

  return (
    <nav className="sp-library" id="sp-library" aria-label="Plans">
      <div className="sp-library-head">
        <h2 className="sp-panel-title">Plans</h2>
        <button type="button" className="sp-button sp-primary sp-small" onClick={onNew}>
          New plan
        </button>
      </div>
      {plans.length === 0 && (
        <p className="sp-empty">No plans yet. Make your first season with “New plan”.</p>
      )}
      <ul data-testid="plan-list" className="sp-plan-list">
        {plans.map((p) => {
          const open = p.id === openId;
          return (
            <li
              key={p.id}
              data-plan-id={p.id}
              aria-current={open ? 'true' : undefined}
              className={`sp-plan${open ? ' sp-open' : ''}`}
            >
              {renaming === p.id ? (
                <input
                  className="sp-rename"
                  aria-label={`New name for ${p.name}`}
                  value={draft}
                  autoFocus
                  onChange={(e) => setDraft(e.target.value)}
                  onBlur={() => finishRename(p.id, p.name)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') finishRename(p.id, p.name);
                    if (e.key === 'Escape') {
                      e.stopPropagation();
                      setRenaming(null);
                    }
                  }}
                />
              ) : (
                <button type="button" className="sp-plan-open" onClick={() => onOpen(p.id)}>
                  <span className="sp-plan-name">{p.name}</span>
                  <span className="sp-plan-dates">
                    {formatDay(p.seasonStart, false)} – {formatDay(p.seasonEnd)}
                  </span>
                </button>
              )}
              <span className="sp-plan-actions">
                <button
                  type="button"
                  className="sp-icon-button"
                  aria-label={`Rename ${p.name}`}
                  title="Rename"
                  onClick={() => {
                    setDraft(p.name);
                    setRenaming(p.id);
                  }}
                >
                  <Icon name="pencil" />
                </button>
                <button
                  type="button"
                  className="sp-icon-button"
                  aria-label={`Duplicate ${p.name}`}
                  title="Duplicate"
                  onClick={() => onDuplicate(p.id)}
                >
                  <Icon name="copy" />
                </button>
                <button
                  type="button"
                  className="sp-icon-button"
                  aria-label={`Delete ${p.name}`}
                  title="Delete"
                  onClick={() => onDelete(p.id)}
                >
                  <Icon name="trash" />
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" className="sp-button sp-small sp-library-import" onClick={onImport}>
        Import plan
      </button>
    </nav>
  );
}

export const PlanLibrary = memo(PlanLibraryImpl);
