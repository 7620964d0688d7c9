/** Helpers shared by the report's text, chart and Markdown writers; not API. */
package org.cloudcost.report.internal;
