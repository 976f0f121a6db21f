/**
 * What every view shares: how a refusal or a failure is shown to the person (never a stack trace), how times and
 * ages read, and the keyboard shortcuts of the review.
 */
package io.interdict.ui.interfaces.web.support;
