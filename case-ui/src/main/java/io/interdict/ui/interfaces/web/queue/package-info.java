/**
 * The case queue: a lazily loaded grid of cases read page by page through the application's case search, its
 * filters kept in the address so that a bookmark reopens the same view.
 */
package io.interdict.ui.interfaces.web.queue;
