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

  private render(option: echarts.EChartsCoreOption) {
    this.chart!.setOption(withBandTooltip(option), true);
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
  const format = (v: number) => v.toLocaleString(undefined, { maximumFractionDigits: 1 });
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

customElements.define('fl-chart', FlChart);
