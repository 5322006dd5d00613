// Re-export so Vite bundles monaco-yaml's worker locally (`?worker`); importing the package path directly
// with `?worker` breaks in `vite` dev (monaco-yaml 5.5.1 README, "Why doesn't it work with Vite?").
import 'monaco-yaml/yaml.worker.js'
