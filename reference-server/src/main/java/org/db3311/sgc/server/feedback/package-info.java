/**
 * 9.1 the feedback and complaint channel over HTTP (意见反馈与投诉渠道): the public submits and follows its
 * ticket without a token; staff read, assign, answer and close items and list those overdue.
 */
package org.db3311.sgc.server.feedback;
