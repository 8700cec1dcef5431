using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Infrastructure;

public sealed class PostgreSqlReportingDbContext(DbContextOptions<PostgreSqlReportingDbContext> options) : ReportingDbContext(options);
