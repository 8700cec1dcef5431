using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Infrastructure;

public sealed class PostgreSqlEIdentificationDbContext(DbContextOptions<PostgreSqlEIdentificationDbContext> options) : EIdentificationDbContext(options);
