// <fl-chart>: Frontline's own small chart element over Apache ECharts. The server sets `option` (an ECharts option
// object); the element renders it, follows its own size, and reports clicks so a view can explain the number.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
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
  BarChart, HeatmapChart, LineChart,
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
    this.chart!.setOption(option, true);
    this.setAttribute('data-rendered-points', String(this.renderedPoints));
  }
}

customElements.define('fl-chart', FlChart);
