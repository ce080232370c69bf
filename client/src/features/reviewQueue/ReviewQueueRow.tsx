import { Link } from "wouter";
import type { ReviewQueueItem } from "../../../../shared/api/review";
import { useFormats, useRichT } from "../../i18n/useLocale";
import { sectionAnchor } from "../documents/sectionAnchor";
import { DueDateBadge } from "../review/DueDateBadge";

export function ReviewQueueRow({ item }: { item: ReviewQueueItem }) {
  const rich = useRichT();
  const formats = useFormats();
  const { section } = item;
  const submitted = item.submittedAt && <time dateTime={item.submittedAt}>{formats.dateTime(item.submittedAt)}</time>;
  return (
    <tr>
      <th scope="row">
        <Link href={`/documents/${item.documentId}#${sectionAnchor(section.id)}`}>{section.title}</Link>
      </th>
      <td>
        <bdi>{item.documentTitle}</bdi>
      </td>
      <td>
        <bdi>{section.ownerGroup.name}</bdi>
      </td>
      <td>
        {submitted ? (
          section.lastTransition ? (
            rich("reviewQueue.submittedBy", { time: submitted, name: <bdi className="muted">{section.lastTransition.by.name}</bdi> })
          ) : (
            submitted
          )
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>{section.dueDate ? <DueDateBadge dueDate={section.dueDate} approved={false} /> : <span className="muted">—</span>}</td>
    </tr>
  );
}
