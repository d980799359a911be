import { type ReactNode, useState } from "react";
import { Icon } from "../app/icons.tsx";
import { LoadState } from "./load-state.tsx";
import { StatusMessage } from "./status-message.tsx";

interface Loaded<T> {
  data: T[] | undefined;
  loading: boolean;
  error: unknown;
  reload(): void;
}

/**
 * A console page of stored connections (model providers, sign-in providers): an Add button that opens the form,
 * the list with what was last done said in words, and anything the page adds below.
 */
export function ConnectionsPage<T extends { id: string }>({
  title,
  description,
  addLabel,
  listHeading,
  emptyText,
  items,
  renderForm,
  renderItem,
  children,
}: {
  title: string;
  description: string;
  addLabel: string;
  listHeading: string;
  emptyText: string;
  items: Loaded<T>;
  renderForm(handlers: { onAdded(text: string): void; onCancel(): void }): ReactNode;
  renderItem(item: T, onChanged: (text: string) => void): ReactNode;
  children?: ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const changed = (text: string) => {
    setDone(text);
    items.reload();
  };
  return (
    <>
      <div className="admin-page__head admin-page__head--row">
        <div>
          <h1>{title}</h1>
          <p className="admin-muted">{description}</p>
        </div>
        {!adding && (
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            <Icon name="plus" size={16} />
            {addLabel}
          </button>
        )}
      </div>
      <StatusMessage text={done} />
      {adding &&
        renderForm({
          onCancel: () => setAdding(false),
          onAdded: (text) => {
            setAdding(false);
            changed(text);
          },
        })}
      <section className="admin-stack" aria-label={listHeading}>
        <h2>{listHeading}</h2>
        <LoadState loading={items.loading && !items.data} error={items.error} onRetry={items.reload} />
        {items.data?.length === 0 && <p className="admin-muted">{emptyText}</p>}
        {items.data?.map((item) => renderItem(item, changed))}
      </section>
      {children}
    </>
  );
}
