using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Identity.Infrastructure;

public sealed class PostgreSqlIdentityServiceDbContext(DbContextOptions<PostgreSqlIdentityServiceDbContext> options) : IdentityServiceDbContext(options);
