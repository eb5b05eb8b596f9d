/**
 * The hall's screens over MQTT: {@link org.db3311.sgc.adapter.mqtt.MqttDisplayBoard} shows each
 * queue call (按序叫号, 7.2.1.3) on the screen above its window together with the window's function
 * (5.3.5), and the function-zone map (功能区分布图, 5.3.5), as retained MQTT 5 messages that a screen
 * receives the moment it subscribes. The topic and payload scheme is documented on {@link
 * org.db3311.sgc.adapter.mqtt.MqttDisplayBoard}.
 */
package org.db3311.sgc.adapter.mqtt;
