import { useEffect, useRef, useState } from 'react';

/**
 * The width of a chart's box in CSS pixels, kept up to date, so a chart draws in real pixels (13 px text stays
 * 13 px at 320 px wide) and can put its labels above the bars when there is no room beside them.
 *
 * The width comes from the ResizeObserver's own notice, which the browser gives once it has laid the page out
 * (before painting it, so the first frame already has the right width), never by reading the box's size here: on
 * the data analysis page each chart's read forced a layout of the whole page, one per chart, each after the last
 * chart's redraw (about 60 ms of a cold load on this machine, in a CPU profile).
 */
export function useChartWidth(initial = 640) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(200, Math.floor(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width, wide: width >= 560 };
}
