import { LitElement, html, css, PropertyValues } from 'lit';
import {
  Chart, LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale,
  Filler, Legend, Tooltip, Plugin,
} from 'chart.js';

// Only the parts Keel draws: keeps the bundle small (Chart.js tree-shakes when registered piece by piece).
Chart.register(LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale,
  Filler, Legend, Tooltip);

interface Series {
  label: string;
  data: (number | null)[];
  color: string;
  kind?: 'line' | 'bar';
  dashed?: boolean;
  fillTo?: number; // index of the dataset to fill towards (the ±2 band)
  band?: boolean; // an edge of the band: drawn faint, without points
  hidden?: boolean;
}

/** What the server sends: plain data, never markup. Labels are ISO dates or week names. */
interface ChartConfig {
  title: string;
  labels: string[];
  series: Series[];
  yMin?: number;
  yMax?: number;
  yTitle?: string;
  shaded?: boolean[]; // one mark per label: inside a deload period or not
  shadeLabel?: string;
}

const SHADE_COLOUR = 'rgba(86, 180, 233, 0.18)';

/** Paints the deload periods as bands behind the data, on the same category axis. */
const shading: Plugin = {
  id: 'keelShading',
  beforeDatasetsDraw(chart) {
    const config = (chart.options.plugins as any)?.keelShading as ChartConfig | undefined;
    const labels = chart.data.labels as string[];
    if (!config?.shaded?.some((on) => on) || !labels.length) {
      return;
    }
    const x = chart.scales.x;
    const area = chart.chartArea;
    const half = labels.length > 1 ? (x.getPixelForValue(1) - x.getPixelForValue(0)) / 2 : area.width / 2;
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = SHADE_COLOUR;
    // One band per run of shaded labels.
    let first = -1;
    config.shaded.forEach((on, i) => {
      if (on && first < 0) {
        first = i;
      }
      const runEnds = first >= 0 && (!on || i === config.shaded!.length - 1);
      if (runEnds) {
        const last = on ? i : i - 1;
        const left = Math.max(area.left, x.getPixelForValue(first) - half);
        const right = Math.min(area.right, x.getPixelForValue(last) + half);
        ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
        first = -1;
      }
    });
    ctx.restore();
  },
};

/**
 * A chart drawn from JSON the server sets on {@code config}. The accessible twin (a table with the same numbers) is
 * rendered by the server next to it; the canvas is described by its title.
 */
export class KeelChart extends LitElement {
  static properties = { config: { type: String } };
  static styles = css`
    :host { display: block; position: relative; width: 100%; height: 260px; }
    canvas { width: 100% !important; }
  `;

  config = '';
  private chart?: Chart;

  render() {
    const parsed = this.parsed();
    return html`<canvas role="img" aria-label=${parsed?.title ?? ''}></canvas>`;
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('config')) {
      this.draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.draw();
    }
  }

  private parsed(): ChartConfig | undefined {
    try {
      return this.config ? (JSON.parse(this.config) as ChartConfig) : undefined;
    } catch {
      return undefined;
    }
  }

  private draw() {
    const config = this.parsed();
    const canvas = this.renderRoot.querySelector('canvas');
    this.chart?.destroy();
    this.chart = undefined;
    if (!config || !canvas) {
      return;
    }
    const datasets: any[] = config.series.map((s) => ({
      type: s.kind ?? 'line',
      label: s.label,
      data: s.data,
      borderColor: s.color,
      backgroundColor: s.kind === 'bar' ? s.color : s.band ? 'rgba(120,120,120,0.12)' : s.color,
      borderDash: s.dashed ? [6, 4] : [],
      borderWidth: s.band ? 1 : 2,
      pointRadius: s.band ? 0 : 2,
      spanGaps: true,
      fill: s.fillTo !== undefined ? s.fillTo : false,
      hidden: s.hidden ?? false,
    }));
    if (config.shaded?.some((on) => on)) {
      // A legend entry for the shading; it carries no data.
      datasets.push({ type: 'bar', label: config.shadeLabel ?? 'Deload', data: [], backgroundColor: SHADE_COLOUR,
        borderColor: SHADE_COLOUR });
    }
    this.chart = new Chart(canvas, {
      data: { labels: config.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 } },
          y: { min: config.yMin, max: config.yMax, title: { display: !!config.yTitle, text: config.yTitle ?? '' } },
        },
        plugins: { legend: { position: 'bottom' }, keelShading: config } as any,
      },
      plugins: [shading],
    });
  }
}

customElements.define('keel-chart', KeelChart);
