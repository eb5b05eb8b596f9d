/**
 * The feedback channel (意见反馈与投诉渠道): opinions, complaints, praise and higher-level supervision
 * items, each with its ticket, answer and the messages sent back; an upheld complaint is linked to
 * the corrective action it caused.
 */
package org.db3311.sgc.core.evaluation.feedback;
