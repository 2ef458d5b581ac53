using Exceed.Web;

var app = await ExceedApp.BuildAsync(args);
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
