// A small, safe Markdown reader for answers: paragraphs, line breaks, bulleted and numbered lists, headings
// (shown as bold lines, so they never break the page's heading order), **bold**, *italic*, `code` and
// [links](https://...). It builds React elements — no HTML from the text is ever inserted — and anything it
// does not know stays as the plain text that was typed.
import type { ReactNode } from 'react';

const INLINE = /(\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\))/;

function safeHref(href: string): string | null {
  return /^(https?:\/\/|mailto:)/i.test(href) ? href : null;
}

function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = text;
  let n = 0;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push(rest);
      break;
    }
    if (match.index > 0) out.push(rest.slice(0, match.index));
    const k = `${key}-${n++}`;
    const [whole, , bold1, bold2, em1, em2, code, label, href] = match;
    if (bold1 ?? bold2) out.push(<strong key={k}>{inline(bold1 ?? bold2, k)}</strong>);
    else if (em1 ?? em2) out.push(<em key={k}>{inline(em1 ?? em2, k)}</em>);
    else if (code) out.push(<code key={k}>{code}</code>);
    else if (label) {
      const safe = safeHref(href);
      out.push(
        safe ? (
          <a key={k} href={safe} rel="noopener noreferrer">
            {label}
          </a>
        ) : (
          whole
        ),
      );
    }
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

function lines(text: string[], key: string): ReactNode[] {
  return text.flatMap((line, i) => (i ? [<br key={`${key}-br${i}`} />, ...inline(line, `${key}-${i}`)] : inline(line, `${key}-${i}`)));
}

type Block = { kind: 'p' | 'ul' | 'ol' | 'h'; lines: string[] };

function blocks(source: string): Block[] {
  const out: Block[] = [];
  let current = null as Block | null;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!line.trim()) {
      current = null;
    } else if (heading) {
      out.push({ kind: 'h', lines: [heading[1]] });
      current = null;
    } else if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      const item = (bullet ?? numbered)![1];
      if (current?.kind !== kind) {
        current = { kind, lines: [] };
        out.push(current);
      }
      current.lines.push(item);
    } else if ((current?.kind === 'ul' || current?.kind === 'ol') && /^\s{2,}/.test(raw)) {
      current.lines[current.lines.length - 1] += ` ${line.trim()}`;
    } else if (current?.kind === 'p') {
      current.lines.push(line);
    } else {
      current = { kind: 'p', lines: [line] };
      out.push(current);
    }
  }
  return out;
}

export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      {blocks(text).map((block, i) => {
        const key = `b${i}`;
        if (block.kind === 'h')
          return (
            <p key={key}>
              <strong>{inline(block.lines[0], key)}</strong>
            </p>
          );
        if (block.kind === 'p') return <p key={key}>{lines(block.lines, key)}</p>;
        const items = block.lines.map((line, j) => <li key={`${key}-${j}`}>{inline(line, `${key}-${j}`)}</li>);
        return block.kind === 'ul' ? <ul key={key}>{items}</ul> : <ol key={key}>{items}</ol>;
      })}
    </div>
  );
}
