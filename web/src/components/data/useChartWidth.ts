import { useEffect, useRef, useState } from 'react';

/**
 * The width of a chart's box in CSS pixels, kept up to date, so a chart draws in real pixels (13 px text stays
 * 13 px at 320 px wide) and can put its labels above the bars when there is no room beside them.
 */
export function useChartWidth(initial = 640) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width, wide: width >= 560 };
}
