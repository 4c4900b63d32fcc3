import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nestComments, type Comment, type CommentNode, type Person } from '../../feedbackApi';
import { formatDateTime, formatNumber } from '../../format';
import { CommentForm } from './CommentForm';

interface ThreadProps {
  roundId: number;
  people: Person[];
  /** Networks whose shared library resources a comment may attach. */
  networkIds: number[];
  mayComment: boolean;
  posted: (comment: Comment) => Promise<void>;
}

/** One comment, its reply button and its replies, nested as lists so a screen reader says how deep it is. */
function CommentItem({ node, replyingTo, setReplyingTo, ...thread }: ThreadProps & {
  node: CommentNode; replyingTo: number | null; setReplyingTo: (id: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="feedback-comment">
      <article aria-label={t('feedback.comments.by', { name: node.author_name })}>
        <p className="meta">
          <strong>{node.author_name}</strong> · <time dateTime={node.created_at}>{formatDateTime(node.created_at)}</time>
        </p>
        <p className="feedback-text">{node.body}</p>
        {(node.resources ?? []).length > 0 && (
          <ul className="feedback-resources" aria-label={t('coaching.resources.legend')}>
            {(node.resources ?? []).map((r) => <li key={r.id}><Link to={`/library?q=${encodeURIComponent(r.title)}`}>{r.title}</Link></li>)}
          </ul>
        )}
        {thread.mayComment && replyingTo !== node.id && (
          <button type="button" className="button button-small" onClick={() => setReplyingTo(node.id)}
            aria-label={t('feedback.comments.replyLabel', { name: node.author_name })}>
            {t('feedback.comments.replyButton')}
          </button>
        )}
      </article>
      {replyingTo === node.id && (
        <CommentForm roundId={thread.roundId} parent={node} people={thread.people} networkIds={thread.networkIds} cancel={() => setReplyingTo(null)}
          posted={async (comment) => {
            setReplyingTo(null);
            await thread.posted(comment);
          }} />
      )}
      {node.replies.length > 0 && (
        <ol className="feedback-replies">
          {node.replies.map((reply) => (
            <CommentItem key={reply.id} node={reply} replyingTo={replyingTo} setReplyingTo={setReplyingTo} {...thread} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** The round's comments as threads, and the form for a new one when the caller may comment. */
export function CommentThread({ comments, ...thread }: ThreadProps & { comments: Comment[] }) {
  const { t } = useTranslation();
  const [replyingTo, setReplyingTo] = useState<number | null>(null);
  const threads = nestComments(comments);
  return (
    <section aria-labelledby="feedback-comments">
      <h2 id="feedback-comments">{t('feedback.comments.title', { count: comments.length, value: formatNumber(comments.length) })}</h2>
      {threads.length === 0 ? (
        <p>{t('feedback.comments.none')}</p>
      ) : (
        <ol className="feedback-comments">
          {threads.map((node) => (
            <CommentItem key={node.id} node={node} replyingTo={replyingTo} setReplyingTo={setReplyingTo} {...thread} />
          ))}
        </ol>
      )}
      {thread.mayComment && <CommentForm roundId={thread.roundId} people={thread.people} networkIds={thread.networkIds} posted={thread.posted} />}
    </section>
  );
}
