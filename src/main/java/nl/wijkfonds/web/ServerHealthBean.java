package nl.wijkfonds.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.platform.DatabaseReadiness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;

/**
 * The detailed health for administrators ({@code /admin/health}): what the public readiness check leaves out, such
 * as the database server's version or why it cannot be reached, and how much memory the server holds.
 */
@Named("serverHealth")
@RequestScoped
public class ServerHealthBean {

    private static final long MEGABYTE = 1024 * 1024;

    @Inject
    private DatabaseReadiness readiness;

    private DatabaseReadiness.State database;

    public DatabaseReadiness.State getDatabase() {
        if (database == null) {
            database = readiness.check();
        }
        return database;
    }

    public long getHeapUsedMegabytes() {
        return heap().getUsed() / MEGABYTE;
    }

    public long getHeapMaxMegabytes() {
        return heap().getMax() / MEGABYTE;
    }

    public long getUptimeHours() {
        return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()).toHours();
    }

    public String getJavaVersion() {
        return Runtime.version().toString();
    }

    private static MemoryUsage heap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    }
}
