/**
 * The hall's displays (5.3.5: 窗口正上方采用电子屏幕等方式标示对应的窗口功能; 醒目位置应设有功能区分布图) and queue calling (7.2.1.3:
 * 按序叫号): per county a queue of numbers, the windows that call them, and a display board that fans
 * each call out to the server-sent-events feed of the browser display pages and, when configured,
 * to the retained MQTT messages of the screens. The queue's waiting line is held in memory: one
 * server instance per hall.
 */
package org.db3311.sgc.server.display;
