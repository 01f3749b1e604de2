import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { Invoke } from '../../../shared/api.js';

export function App({ invoke }: { invoke: Invoke }) {
  void invoke;
  return (
    <ConfigProvider locale={zhCN}>
      <main>年报</main>
    </ConfigProvider>
  );
}
