/** The file name the exchange JSON has inside every PDF this app makes; writer and reader share it. */
export const ATTACHMENT_NAME = 'report.nianbao.json';
