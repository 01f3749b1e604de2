/**
 * The summed tables in the official layout, drawn with the editor's GridTable read-only. A click on a sum lists
 * which units contribute how much (rollup.contributions); a unit in that list opens its report.
 */
import { Button, Drawer, Empty, Table, Typography } from 'antd';
import { useState } from 'react';
import { CELL_BY_ID } from '../../../shared/catalogue/cells.js';
import { TABLE_LAYOUTS } from '../../../shared/catalogue/layout.js';
import type { CellValue } from '../../../shared/report/schema.js';
import type { ContributionOut } from '../../../shared/rollup/contract.js';
import { failureMessage, useApi } from '../api/ApiContext.js';
import { GridTable } from '../editor/grid/GridTable.js';

const NO_MARKS = new Map();

export function SummedTables({ year, cells, onOpenUnit }: { year: number; cells: Readonly<Record<string, CellValue>>; onOpenUnit: (receiptId: number) => void }) {
  const api = useApi();
  const [selected, setSelected] = useState<string | null>(null);
  const [parts, setParts] = useState<ContributionOut[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = (cellId: string): void => {
    setSelected(cellId);
    setParts(null);
    setProblem(null);
    api.call('rollup.contributions', { year, cellId }).then(setParts, (error: unknown) => setProblem(failureMessage(error)));
  };

  return (
    <div className="rollup-tables">
      <Typography.Paragraph type="secondary">点击任一合计数，查看由哪些单位、各多少组成。</Typography.Paragraph>
      {TABLE_LAYOUTS.map((layout) => (
        <section key={layout.key} className="section-card table-card">
          <h2 className="section-heading">{layout.heading}</h2>
          <GridTable
            layout={layout}
            cells={cells}
            marks={NO_MARKS}
            selected={selected}
            editing={null}
            readOnly
            onCellMouseDown={pick}
            onCellDoubleClick={pick}
            renderEditor={() => null}
          />
        </section>
      ))}
      {selected && (
        <Drawer title={`${CELL_BY_ID.get(selected)?.reference ?? selected}：合计 ${String(cells[selected] ?? 0)}`} open onClose={() => setSelected(null)} size={520}>
          {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
          {parts && parts.length === 0 && <Empty description="没有单位在这一格填了数" />}
          {parts && parts.length > 0 && (
            <Table
              className="rollup-contributions"
              rowKey="receiptId"
              size="small"
              pagination={false}
              dataSource={parts}
              columns={[
                {
                  title: '单位',
                  dataIndex: 'agency',
                  render: (agency: string, p) => (
                    <Button type="link" size="small" className="rollup-link" onClick={() => {
                        setSelected(null);
                        onOpenUnit(p.receiptId);
                      }}
                    >
                      {agency}
                    </Button>
                  ),
                },
                { title: '数值', dataIndex: 'value', align: 'right', render: (v: number | string) => String(v) },
              ]}
            />
          )}
        </Drawer>
      )}
    </div>
  );
}
