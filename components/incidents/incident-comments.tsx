'use client';
import { useState } from 'react';
import type { CommentDto } from '@/lib/queries/incidents';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { LocalTime } from '@/components/shared/local-time';

export interface IncidentCommentsProps {
  comments: CommentDto[];
  canComment: boolean;
  onComment: (body: string) => Promise<boolean>;
}

/** The incident's discussion, oldest first, with a box to add to it. */
export function IncidentComments({ comments, canComment, onComment }: IncidentCommentsProps) {
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  return (
    <div className="space-y-3">
      {comments.length === 0 ? (
        <p className="text-sm text-muted">No comments yet.</p>
      ) : (
        <ol aria-label="Comments" className="space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="text-sm">
              <p className="text-xs text-muted">
                <span className="font-medium text-fg">{c.authorName}</span> · <LocalTime value={c.createdAt} />
              </p>
              <p className="whitespace-pre-wrap">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form
          className="space-y-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!body.trim()) return;
            setSending(true);
            if (await onComment(body.trim())) setBody('');
            setSending(false);
          }}
        >
          <label htmlFor="incident-comment" className="sr-only">
            Add a comment
          </label>
          <Textarea id="incident-comment" rows={2} className="font-sans" placeholder="What you found or did…" value={body} maxLength={4000} onChange={(e) => setBody(e.target.value)} />
          <Button type="submit" size="sm" disabled={sending || !body.trim()}>
            Comment
          </Button>
        </form>
      )}
    </div>
  );
}
