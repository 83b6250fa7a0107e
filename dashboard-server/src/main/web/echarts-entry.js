// The parts of Apache ECharts that sendacc-charts.js uses, and nothing
// else (docs/web-performance.md). A chart type or component used there and missing here fails in the browser
// tests (every chart must draw); add it here.
import { getInstanceByDom, init, registerMap, use } from 'echarts/core';
import { BarChart, CustomChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  CustomChart,
  LineChart,
  MapChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

// Only what sendacc-charts.js calls (and the browser tests, getInstanceByDom), so that the rest of ECharts' core can be left out.
export { getInstanceByDom, init, registerMap };
