#pragma once
// placeholder, replaced by the config import work
