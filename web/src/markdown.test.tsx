import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { Markdown } from './markdown';

// A closing angle bracket in text is harmless and serializers differ on escaping it; an opening one never is.
const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />).replaceAll('&gt;', '>');

describe('an answer written in Markdown', () => {
  test('reads as paragraphs, line breaks, lists and emphasis', () => {
    expect(html('We heard **three** things.\nFrom *students*.\n\n- housing\n- rides to school\n\n1. first\n2. second')).toBe(
      '<div class="markdown"><p>We heard <strong>three</strong> things.<br/>From <em>students</em>.</p>' +
        '<ul><li>housing</li><li>rides to school</li></ul><ol><li>first</li><li>second</li></ol></div>',
    );
  });

  test('a heading is a bold line, never a heading that would break the page outline', () => {
    expect(html('## Themes')).toBe('<div class="markdown"><p><strong>Themes</strong></p></div>');
  });

  test('a web link opens the page it names, and nothing more', () => {
    expect(html('See [the report](https://example.org/report).')).toBe(
      '<div class="markdown"><p>See <a href="https://example.org/report" rel="noopener noreferrer">the report</a>.</p></div>',
    );
  });

  test('a script link stays the text that was typed', () => {
    const out = html('[click me](javascript:alert(1)) and [x](data:text/html,hi)');
    expect(out).not.toContain('<a');
    expect(out).toContain('[click me](javascript:alert(1))');
  });

  test('HTML typed in an answer is shown as text, never run', () => {
    const out = html('<img src=x onerror=alert(1)> <script>alert(1)</script> **<b>bold</b>**');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
    expect(out).toContain('<strong>&lt;b>bold&lt;/b></strong>');
  });

  test('code keeps its asterisks', () => {
    expect(html('Run `a * b * c` now')).toBe('<div class="markdown"><p>Run <code>a * b * c</code> now</p></div>');
  });

  test('what it does not know stays as typed', () => {
    expect(html('| a | b |\n> quoted')).toBe('<div class="markdown"><p>| a | b |<br/>> quoted</p></div>');
  });
});
