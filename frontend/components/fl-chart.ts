// <fl-chart>: Frontline's own small chart element over Apache ECharts. The server sets `option` (an ECharts option
// object); the element renders it, follows its own size, and reports clicks so a view can explain the number.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, LineChart, ScatterChart,
  DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent,
  TooltipComponent, VisualMapComponent, CanvasRenderer,
]);

class FlChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private pendingOption?: echarts.EChartsCoreOption;
  private resizeObserver?: ResizeObserver;

  connectedCallback() {
    if (!this.chart) {
      this.chart = echarts.init(this, undefined, { renderer: 'canvas' });
      this.chart.on('click', (params: any) => {
        this.dispatchEvent(new CustomEvent('fl-chart-click', {
          detail: { series: params.seriesName ?? '', category: String(params.name ?? ''), value: Number(Array.isArray(params.value) ? params.value[params.value.length - 1] : params.value) },
        }));
      });
      // A click near a line, not exactly on its thin stroke, still explains the nearest point of the nearest series.
      this.chart.getZr().on('click', (event: any) => {
        if (event.target) {
          return; // the click hit a drawn point or bar: the series click above has reported it
        }
        const nearest = this.nearestPoint(event.offsetX, event.offsetY);
        if (nearest) {
          this.dispatchEvent(new CustomEvent('fl-chart-click', { detail: nearest }));
        }
      });
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this);
    }
    if (this.pendingOption) {
      this.render(this.pendingOption);
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
  }

  set option(value: echarts.EChartsCoreOption) {
    this.pendingOption = value;
    if (this.chart) {
      this.render(value);
    }
  }

  get option(): echarts.EChartsCoreOption | undefined {
    return this.pendingOption;
  }

  /** Number of data points drawn, so tests and assistive tooling can tell an empty chart from a drawn one. */
  get renderedPoints(): number {
    const option = this.pendingOption as { series?: unknown } | undefined;
    const series: any[] = Array.isArray(option?.series) ? option!.series as any[] : option?.series ? [option.series] : [];
    let points = 0;
    for (const s of series) {
      points += Array.isArray(s?.data) ? s.data.length : 0;
    }
    return points;
  }

  /**
   * The point of a line or bar series closest to (x, y) in the plot area of a chart over a category axis: the category
   * under the pointer, then the series whose value there is nearest on screen (within 40 px). Null outside the grid.
   */
  private nearestPoint(x: number, y: number): { series: string; category: string; value: number } | null {
    const chart = this.chart;
    const option: any = chart?.getOption();
    if (!chart || !option || !chart.containPixel({ gridIndex: 0 }, [x, y])) {
      return null;
    }
    const xAxis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
    if (!xAxis || xAxis.type !== 'category' || !Array.isArray(xAxis.data)) {
      return null;
    }
    const at: any = chart.convertFromPixel({ xAxisIndex: 0 }, x);
    const index = Math.round(Number(Array.isArray(at) ? at[0] : at));
    if (!(index >= 0 && index < xAxis.data.length)) {
      return null;
    }
    const category = xAxis.data[index];
    let best: { series: string; category: string; value: number } | null = null;
    let bestDistance = 40;
    const series: any[] = Array.isArray(option.series) ? option.series : [];
    series.forEach((s, seriesIndex) => {
      if (!s || (s.type !== 'line' && s.type !== 'bar') || s.flBand || !Array.isArray(s.data)) {
        return;
      }
      const raw = s.data[index];
      const value = Number(raw && typeof raw === 'object' && 'value' in raw ? raw.value : raw);
      if (raw === null || raw === undefined || raw === '-' || Number.isNaN(value)) {
        return;
      }
      const pixel: any = chart.convertToPixel({ seriesIndex }, [index, value]);
      const distance = Array.isArray(pixel) ? Math.abs(Number(pixel[1]) - y) : Infinity;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { series: s.name ?? '', category: String(typeof category === 'object' ? category.value : category), value };
      }
    });
    return best;
  }

  /** The page's language ("tr", "pl-PL"), so axis labels and tooltips group and separate digits as the user reads them. */
  private language(): string | undefined {
    return this.getAttribute('lang') || document.documentElement.lang || undefined;
  }

  private render(option: echarts.EChartsCoreOption) {
    this.chart!.setOption(withLocaleNumbers(withBandTooltip(option), this.language()), true);
    this.setAttribute('data-rendered-points', String(this.renderedPoints));
  }
}

/**
 * A band (e.g. a prediction interval) is drawn as two stacked series marked `flBand: 'lower' | 'width'`. The default
 * axis tooltip would show the lower bound and the band's width; this formatter shows "lower – upper" instead.
 */
function withBandTooltip(option: echarts.EChartsCoreOption): echarts.EChartsCoreOption {
  const raw: any = (option as any).series;
  const series: any[] = Array.isArray(raw) ? (raw as any[]) : [];
  if (!series.some((s) => s && s.flBand)) {
    return option;
  }
  const format = (v: number) => v.toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });
  const formatter = (params: any) => {
    const items: any[] = Array.isArray(params) ? (params as any[]) : [params];
    if (items.length === 0) {
      return '';
    }
    const lowerByName = new Map<string, number>();
    const lines: string[] = [String(items[0].axisValueLabel ?? items[0].name ?? '')];
    for (const p of items) {
      const value = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
      if (value === null || value === undefined || value === '-' || Number.isNaN(Number(value))) {
        continue;
      }
      const band = series[p.seriesIndex]?.flBand;
      if (band === 'lower') {
        lowerByName.set(p.seriesName, Number(value));
      } else if (band === 'width') {
        const lower = lowerByName.get(p.seriesName) ?? 0;
        lines.push(`${p.marker}${p.seriesName}: ${format(lower)} – ${format(lower + Number(value))}`);
      } else {
        lines.push(`${p.marker}${p.seriesName}: ${format(Number(value))}`);
      }
    }
    return lines.join('<br>');
  };
  const tooltip = { ...((option as any).tooltip ?? {}), formatter };
  return { ...option, tooltip };
}

/**
 * Value axes and tooltips format numbers in the user's language ("1 234,5" in Polish, "1.234,5" in Turkish) unless the
 * option sets its own formatter; category labels (times, dates) come formatted from the server.
 */
function withLocaleNumbers(option: echarts.EChartsCoreOption, language?: string): echarts.EChartsCoreOption {
  const format = (v: number) => (typeof v === 'number' ? v.toLocaleString(language, { maximumFractionDigits: 2 }) : String(v));
  const axes = (raw: any) => {
    if (!raw) {
      return raw;
    }
    const list: any[] = Array.isArray(raw) ? [...(raw as any[])] : [raw];
    const mapped = list.map((a) => a && a.type === 'value' && !(a.axisLabel && a.axisLabel.formatter)
      ? { ...a, axisLabel: { ...(a.axisLabel ?? {}), formatter: (v: number) => format(v) } }
      : a);
    return Array.isArray(raw) ? mapped : mapped[0];
  };
  const o: any = option;
  const tooltip = o.tooltip && !o.tooltip.formatter && !o.tooltip.valueFormatter
    ? { ...o.tooltip, valueFormatter: (v: any) => (typeof v === 'number' ? format(v) : String(v ?? '')) }
    : o.tooltip;
  return { ...option, xAxis: axes(o.xAxis), yAxis: axes(o.yAxis), ...(tooltip ? { tooltip } : {}) };
}

customElements.define('fl-chart', FlChart);
