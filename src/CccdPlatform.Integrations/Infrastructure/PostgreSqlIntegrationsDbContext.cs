using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Infrastructure;

public sealed class PostgreSqlIntegrationsDbContext(DbContextOptions<PostgreSqlIntegrationsDbContext> options) : IntegrationsDbContext(options);
