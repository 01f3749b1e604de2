/**
 * Last year beside this year, above the tables: a switch for the 上年数 overlay in tables 二/三/四, and a compact
 * chart of the key figures (新收申请, 办理结果总计, 复议和诉讼, 现行有效文件) over every year the records hold for
 * this agency — this year's point live from the editor. ECharts (decision 0017), only the parts used, offline.
 */
import { Card, Switch, Typography } from 'antd';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../shared/api.js';
import { KEY_FIGURES, keyFigures } from '../../../shared/report/keyFigures.js';
import type { Report } from '../../../shared/report/schema.js';
import { useApi } from '../api/ApiContext.js';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type History = ChannelOutput<'reports.history'>;

interface YearOverYearProps {
  readonly reportId: number;
  readonly report: Report;
  readonly lastYear: number | null;
  readonly showLastYear: boolean;
  readonly onShowLastYear: (show: boolean) => void;
}

export function YearOverYear({ reportId, report, lastYear, showLastYear, onShowLastYear }: YearOverYearProps) {
  const api = useApi();
  const [history, setHistory] = useState<History | null>(null);
  useEffect(() => {
    let live = true;
    api.call('reports.history', { reportId }).then(
      (h) => live && setHistory(h),
      () => live && setHistory([]),
    );
    return () => {
      live = false;
    };
  }, [api, reportId]);

  // The stored years, with this year's figures as typed now.
  const series = useMemo(() => {
    if (!history) return null;
    const now = keyFigures(report.cells);
    const years = history.filter((h) => h.year !== report.year).map((h) => ({ ...h }));
    years.push({ reportId, year: report.year, ...now });
    return years.sort((a, b) => a.year - b.year);
  }, [history, report.cells, report.year, reportId]);

  return (
    <Card size="small" className="section-card year-over-year" title={<span className="section-heading">历年对照</span>}>
      <div className="last-year-bar">
        <label className="last-year-switch">
          <Switch size="small" checked={showLastYear} disabled={lastYear === null} onChange={onShowLastYear} aria-label="在表格中显示上年数" />
          <span>在表二、表三、表四中显示上年数</span>
        </label>
        <Typography.Text type="secondary">
          {lastYear === null ? '记录中没有上年度的报告（可从“导入已发布的报告”导入上年的 PDF、Word 或网页）。' : `鼠标停在单元格上可看 ${lastYear} 年度的数字。`}
        </Typography.Text>
      </div>
      {series && series.length >= 2 ? (
        <KeyFigureChart series={series} />
      ) : (
        <Typography.Text type="secondary">{series ? '记录中有两个以上年度的报告后，这里画出主要数字的历年变化。' : '正在读取历年数字…'}</Typography.Text>
      )}
    </Card>
  );
}

function KeyFigureChart({ series }: { readonly series: History }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 48, right: 16, top: 32, bottom: 24 },
        legend: { top: 0, textStyle: { fontSize: 12 } },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: series.map((s) => `${s.year}`), axisLabel: { fontSize: 12 } },
        yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11 } },
        series: KEY_FIGURES.map((f) => ({ name: f.label, type: 'line', connectNulls: false, symbolSize: 6, data: series.map((s) => s[f.key]) })),
      },
      { notMerge: true },
    );
  }, [series]);
  return <div ref={element} className="year-chart" role="img" aria-label={`主要数字历年变化图：${series.map((s) => `${s.year}年度新收申请${s.received ?? '—'}件`).join('，')}`} />;
}
