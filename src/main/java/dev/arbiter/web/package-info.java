/**
 * The Javalin web application: dashboard, report, action inbox and operating model per role.
 */
package dev.arbiter.web;
