import { Link } from "wouter";
import type { ReviewQueueItem } from "../../../../shared/api/review";
import { formatDateTime } from "../../ui/formatDate";
import { sectionAnchor } from "../documents/sectionAnchor";
import { DueDateBadge } from "../review/DueDateBadge";

export function ReviewQueueRow({ item }: { item: ReviewQueueItem }) {
  const { section } = item;
  return (
    <tr>
      <th scope="row">
        <Link href={`/documents/${item.documentId}#${sectionAnchor(section.id)}`}>{section.title}</Link>
      </th>
      <td>{item.documentTitle}</td>
      <td>{section.ownerGroup.name}</td>
      <td>
        {item.submittedAt ? (
          <>
            <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt)}</time>
            {section.lastTransition && <span className="muted"> by {section.lastTransition.by.name}</span>}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>{section.dueDate ? <DueDateBadge dueDate={section.dueDate} approved={false} /> : <span className="muted">—</span>}</td>
    </tr>
  );
}
