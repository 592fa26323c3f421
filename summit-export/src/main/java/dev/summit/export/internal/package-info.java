/**
 * Internals of the exporters: the Jackson configuration ({@link dev.summit.export.internal.Mappers}), the JSON
 * tree and its binder, the CSV layouts and rows, the data package, the Markdown writer and escaper. Not API:
 * anything here may change without notice.
 */
package dev.summit.export.internal;
