#!/usr/bin/env node
// Converts a Keras MobileNetV2 saved as a TensorFlow.js layers model (model.json + weight shards)
// into an Atelier backbone file, and extracts nsfwjs' MobileNetV2 from its npm package.
// packaging/fetch-backbone.sh drives it; Atelier's own importer (atelier-cli backbones import)
// does the same conversion in C++, and tst_weightimport checks that the two agree.
//
//   fetch-backbone.js nsfwjs PACKAGE_DIR OUT.backbone
//       PACKAGE_DIR is the unpacked `npm pack nsfwjs@4.4.0` ("package/"). The two bundles are
//       checked against pinned SHA-256 digests before they are evaluated (in an empty sandbox,
//       never with require), and the model.json and weights they yield are checked again.
//   fetch-backbone.js convert MODEL.json OUT.backbone [--name N] [--input-range LOW,HIGH]
//       [--align-corners] [--default-layer LAYER] [--classes A,B,...]
//
// The backbone file is safetensors' layout: an 8-byte little-endian header length, a JSON header
// giving each float32 tensor's shape and byte range, then the data; the header's __metadata__
// holds {"format": "atelier-backbone", "spec": <JSON>} (see core/backbonefile.h). Tensors carry
// the names and layouts of Atelier's (torchvision's) MobileNetV2: Conv2D kernels HWIO -> OIHW,
// depthwise kernels [h, w, C, 1] -> [C, 1, h, w], Dense kernels transposed.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');

const NSFWJS = {
    version: '4.4.0',
    bundles: {
        'dist/models/mobilenet_v2/model.min.js': 'c32f104fd562b08cdff5ed69dfe1209643afa47e792fb12751d2949aa61a397a',
        'dist/models/mobilenet_v2/group1-shard1of1.min.js': 'ef2e0a63f7d2c4960b37b024b669313f65d3c45cd59e9042636c55b39de53517',
    },
    modelJson: 'feffc6868d61e412a4e7a22657a3d07a8a48df6e11688a9e25b77c23cb7b45c9', // JSON.stringify({modelTopology, weightsManifest})
    shard: '8e7dddbb16acacc1bf1601b1b8a761e730ff934b7f2d7771312b2f000e5f5f13',
    classes: ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'],
};

function fail(message) {
    console.error(`fetch-backbone: ${message}`);
    process.exit(1);
}

function sha256(bytes) {
    return crypto.createHash('sha256').update(bytes).digest('hex');
}

function checkDigest(what, bytes, expected) {
    const actual = sha256(bytes);
    if (actual !== expected)
        fail(`${what} has SHA-256 ${actual}, expected ${expected}: refusing to use it`);
}

// A browserify bundle evaluated with nothing but a module object: no require, no process.
function evaluateBundle(source) {
    const sandbox = {module: {exports: {}}};
    sandbox.exports = sandbox.module.exports;
    vm.runInNewContext(source, sandbox, {timeout: 20000});
    return sandbox.module.exports;
}

function extractNsfwjs(packageDir) {
    const packageJson = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    if (packageJson.name !== 'nsfwjs' || packageJson.version !== NSFWJS.version)
        fail(`${packageDir} holds ${packageJson.name} ${packageJson.version}, not nsfwjs ${NSFWJS.version}`);
    const sources = {};
    for (const [file, digest] of Object.entries(NSFWJS.bundles)) {
        const bytes = fs.readFileSync(path.join(packageDir, file));
        checkDigest(file, bytes, digest);
        sources[file] = bytes.toString('utf8');
    }
    const model = evaluateBundle(sources['dist/models/mobilenet_v2/model.min.js']);
    const shardBase64 = evaluateBundle(sources['dist/models/mobilenet_v2/group1-shard1of1.min.js']);
    if (!model || typeof model.modelTopology !== 'object' || !Array.isArray(model.weightsManifest) || typeof shardBase64 !== 'string')
        fail('the nsfwjs bundles did not yield a model topology and a weight shard');
    const modelJson = Buffer.from(JSON.stringify({modelTopology: model.modelTopology, weightsManifest: model.weightsManifest}));
    const shard = Buffer.from(shardBase64, 'base64');
    checkDigest('the extracted model.json', modelJson, NSFWJS.modelJson);
    checkDigest('the extracted weight shard', shard, NSFWJS.shard);
    return {model: JSON.parse(modelJson.toString('utf8')), shards: {[model.weightsManifest[0].paths[0]]: shard}, modelJsonDigest: sha256(modelJson),
            shardDigest: sha256(shard)};
}

// ------------------------------------------------------------------------------------------------ conversion

function halfToFloat(bits) {
    const exponent = (bits >> 10) & 0x1f;
    const mantissa = bits & 0x3ff;
    const magnitude = exponent === 0 ? mantissa * 2 ** -24 : exponent === 31 ? (mantissa ? NaN : Infinity) : (mantissa | 0x400) * 2 ** (exponent - 25);
    return bits & 0x8000 ? -magnitude : magnitude;
}

// name -> {shape, values (Float32Array)}, dequantised as TF.js' io.decodeWeights does.
function readWeights(manifest, readShard) {
    const weights = new Map();
    for (const group of manifest) {
        const buffer = Buffer.concat(group.paths.map(readShard));
        let offset = 0;
        for (const spec of group.weights) {
            const n = spec.shape.reduce((a, b) => a * b, 1);
            const quantization = spec.quantization;
            const stored = quantization ? quantization.dtype : spec.dtype;
            const width = {uint8: 1, uint16: 2, float16: 2, float32: 4}[stored];
            if (!width || spec.dtype !== 'float32')
                throw new Error(`weight ${spec.name} has unsupported type ${stored}`);
            if (offset + n * width > buffer.length)
                throw new Error(`the weight files hold fewer bytes than the manifest describes (at ${spec.name})`);
            const values = new Float32Array(n);
            for (let i = 0; i < n; ++i) {
                const at = offset + i * width;
                if (stored === 'float32') values[i] = buffer.readFloatLE(at);
                else if (stored === 'float16') values[i] = halfToFloat(buffer.readUInt16LE(at));
                else values[i] = (stored === 'uint8' ? buffer[at] : buffer.readUInt16LE(at)) * quantization.scale + quantization.min;
                if (!Number.isFinite(values[i]))
                    throw new Error(`weight ${spec.name} holds NaN or infinite values`);
            }
            offset += n * width;
            weights.set(spec.name, {shape: spec.shape, values});
        }
        if (offset !== buffer.length)
            throw new Error(`the weight files hold ${buffer.length} bytes, the manifest describes ${offset}`);
    }
    return weights;
}

function makeDivisible(value) {
    let rounded = Math.max(8, Math.floor(value + 4) - (Math.floor(value + 4) % 8));
    if (rounded < 0.9 * value) rounded += 8;
    return rounded;
}

const BLOCKS = [[1, 16, 1], [6, 24, 2], [6, 24, 1], [6, 32, 2], [6, 32, 1], [6, 32, 1], [6, 64, 2], [6, 64, 1], [6, 64, 1],
                [6, 64, 1], [6, 96, 1], [6, 96, 1], [6, 96, 1], [6, 160, 2], [6, 160, 1], [6, 160, 1], [6, 320, 1]];

// The width multiplier whose channel plan (Atelier's rounding) gives these counts; see weightimport.cpp.
function widthFor(stem, blocks, last) {
    const plan = (w) => [makeDivisible(32 * w), ...BLOCKS.map(([, out]) => makeDivisible(out * w)), makeDivisible(1280 * Math.max(1, w))];
    const wanted = [stem, ...blocks, last].join();
    for (const w of [1, 0.35, 0.5, 0.75, 1.3, 1.4])
        if (plan(w).join() === wanted) return w;
    for (let h = 1; h <= 400; ++h)
        if (plan(h / 100).join() === wanted) return h / 100;
    throw new Error('the channel counts match no MobileNetV2 width');
}

function convert(modelJson, readShard, options) {
    let topology = modelJson.modelTopology;
    if (topology.model_config) topology = topology.model_config;
    if (!['Model', 'Functional'].includes(topology.class_name) || !Array.isArray(topology.config.layers))
        throw new Error('only single functional Keras models are converted here; use atelier-cli backbones import for others');
    const layers = new Map(topology.config.layers.map((l) => [l.name, l]));
    const layer = (name) => {
        if (!layers.has(name)) throw new Error(`the model has no layer ${name}: not a Keras MobileNetV2`);
        return layers.get(name);
    };
    const weights = readWeights(modelJson.weightsManifest, readShard);
    const weight = (name) => {
        if (!weights.has(name)) throw new Error(`weight ${name} is missing`);
        const found = weights.get(name);
        weights.delete(name);
        return found;
    };
    const tensors = [];
    const conv = (layerName, target) => {
        const {shape: [kh, kw, cin, cout], values} = weight(`${layerName}/kernel`);
        const out = new Float32Array(values.length);
        for (let o = 0; o < cout; ++o)
            for (let i = 0; i < cin; ++i)
                for (let y = 0; y < kh; ++y)
                    for (let x = 0; x < kw; ++x)
                        out[((o * cin + i) * kh + y) * kw + x] = values[((y * kw + x) * cin + i) * cout + o];
        tensors.push({name: `${target}.weight`, shape: [cout, cin, kh, kw], values: out});
        return cout;
    };
    const depthwise = (layerName, target) => {
        const {shape: [kh, kw, channels], values} = weight(`${layerName}/depthwise_kernel`);
        const out = new Float32Array(values.length);
        for (let c = 0; c < channels; ++c)
            for (let k = 0; k < kh * kw; ++k) out[c * kh * kw + k] = values[k * channels + c];
        tensors.push({name: `${target}.weight`, shape: [channels, 1, kh, kw], values: out});
    };
    let epsilon = null;
    const batchNorm = (layerName, target) => {
        const config = layer(layerName).config;
        if (epsilon === null) epsilon = config.epsilon;
        if (config.epsilon !== epsilon) throw new Error('the BatchNorm layers use different epsilons');
        for (const [keras, ours] of [['gamma', 'weight'], ['beta', 'bias'], ['moving_mean', 'running_mean'], ['moving_variance', 'running_var']]) {
            const {shape, values} = weight(`${layerName}/${keras}`);
            tensors.push({name: `${target}.${ours}`, shape, values});
        }
    };

    const stem = conv('Conv1', 'features.0.0');
    batchNorm('bn_Conv1', 'features.0.1');
    const outputs = [];
    BLOCKS.forEach(([expansion], b) => {
        const prefix = b === 0 ? 'expanded_conv_' : `block_${b}_`;
        const target = `features.${b + 1}.conv.`;
        let index = 0;
        if (expansion !== 1) {
            conv(prefix + 'expand', `${target}${index}.0`);
            batchNorm(prefix + 'expand_BN', `${target}${index++}.1`);
        }
        depthwise(prefix + 'depthwise', `${target}${index}.0`);
        batchNorm(prefix + 'depthwise_BN', `${target}${index++}.1`);
        outputs.push(conv(prefix + 'project', `${target}${index++}`));
        batchNorm(prefix + 'project_BN', `${target}${index}`);
    });
    const last = conv('Conv_1', 'features.18.0');
    batchNorm('Conv_1_bn', 'features.18.1');

    // The head: the Dense layers of the chain after out_relu, past the global pooling.
    const consumers = (name) => topology.config.layers.filter((l) => (l.inbound_nodes[0] || []).some((node) => node[0] === name));
    const head = [];
    let width = last;
    for (let next = consumers('out_relu'); next.length === 1; next = consumers(next[0].name)) {
        const current = next[0];
        if (current.class_name === 'Dense') {
            const {shape: [inputs, units], values} = weight(`${current.name}/kernel`);
            if (inputs !== width) throw new Error(`layer ${current.name} takes ${inputs} values, not ${width}`);
            const transposed = new Float32Array(values.length);
            for (let i = 0; i < inputs; ++i)
                for (let o = 0; o < units; ++o) transposed[o * inputs + i] = values[i * units + o];
            tensors.push({name: `head.${head.length}.weight`, shape: [units, inputs], values: transposed});
            const bias = current.config.use_bias === false ? {values: new Float32Array(units)} : weight(`${current.name}/bias`);
            tensors.push({name: `head.${head.length}.bias`, shape: [units], values: bias.values});
            head.push({name: current.name, inputs, units, activation: current.config.activation || 'linear'});
            width = units;
        } else if (!['AveragePooling2D', 'GlobalAveragePooling2D', 'Flatten', 'Dropout'].includes(current.class_name)) {
            throw new Error(`layer ${current.name} (${current.class_name}) is not supported in the head`);
        }
    }
    if (weights.size) throw new Error(`weights that no MobileNetV2 layer uses: ${[...weights.keys()].slice(0, 3).join(', ')}`);

    const inputShape = (layers.get('input_1') || topology.config.layers[0]).config.batch_input_shape || [];
    const [low, high] = options.inputRange || [-1, 1];
    const std = 1 / (high - low);
    const spec = {
        version: 1,
        name: options.name,
        architecture: 'mobilenet_v2',
        widthMultiplier: widthFor(stem, outputs, last),
        batchNormEpsilon: epsilon,
        tfSamePadding: true,
        head,
        classes: options.classes || [],
        preprocessing: {inputSize: inputShape[1] || 224, colour: 'rgb', scale: 1 / 255, mean: [0, 1, 2].map(() => -low * std),
                        std: [std, std, std], resize: options.alignCorners ? 'bilinear-align-corners' : 'bilinear'},
        defaultLayer: options.defaultLayer || 'out_relu',
        source: 'keras',
        provenance: options.provenance || {},
    };
    return {spec, tensors};
}

function writeBackbone(file, {spec, tensors}) {
    if (os.endianness() !== 'LE') fail('backbone files are written on little-endian machines only');
    const header = {};
    let offset = 0;
    for (const tensor of tensors) {
        const bytes = tensor.values.length * 4;
        header[tensor.name] = {dtype: 'F32', shape: tensor.shape, data_offsets: [offset, offset + bytes]};
        offset += bytes;
    }
    header.__metadata__ = {format: 'atelier-backbone', spec: JSON.stringify(spec)};
    let headerBytes = Buffer.from(JSON.stringify(header));
    headerBytes = Buffer.concat([headerBytes, Buffer.alloc((8 - (headerBytes.length % 8)) % 8, ' ')]);
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(headerBytes.length));
    const data = tensors.map((t) => Buffer.from(Float32Array.from(t.values).buffer));
    fs.mkdirSync(path.dirname(path.resolve(file)), {recursive: true});
    const temporary = `${file}.partial`;
    fs.writeFileSync(temporary, Buffer.concat([length, headerBytes, ...data]));
    fs.renameSync(temporary, file);
}

function options(args) {
    const result = {};
    for (let i = 0; i < args.length; ++i) {
        const value = () => {
            if (i + 1 >= args.length) fail(`${args[i]} needs a value`);
            return args[++i];
        };
        switch (args[i]) {
        case '--name': result.name = value(); break;
        case '--input-range': result.inputRange = value().split(',').map(Number); break;
        case '--align-corners': result.alignCorners = true; break;
        case '--default-layer': result.defaultLayer = value(); break;
        case '--classes': result.classes = value().split(','); break;
        default: fail(`unknown option ${args[i]}`);
        }
    }
    return result;
}

function main(argv) {
    const [command, source, output, ...rest] = argv;
    try {
        if (command === 'nsfwjs' && source && output) {
            const extracted = extractNsfwjs(source);
            const backbone = convert(extracted.model, (p) => extracted.shards[p], {
                name: path.basename(output, '.backbone'),
                inputRange: [0, 1],
                alignCorners: true,
                defaultLayer: 'block_13_expand_relu',
                classes: NSFWJS.classes,
                provenance: {
                    origin: `npm package nsfwjs ${NSFWJS.version}, dist/models/mobilenet_v2 (Keras 2.2.4 MobileNetV2 1.0, 224 px)`,
                    licence: 'MIT: nsfwjs (Infinite Red); the weights come from the MIT-licensed nsfw_model project',
                    training: 'Keras Applications\' ImageNet MobileNetV2, fine-tuned on web images for five-way content ' +
                              'classification (Drawing, Hentai, Neutral, Porn, Sexy): blocks 0-10 keep their ImageNet weights, ' +
                              'blocks 11-16, Conv_1 and the dense head were adapted',
                    quantisation: 'uint8 per tensor, dequantised as q * scale + min',
                    'model.json sha256': extracted.modelJsonDigest,
                    'weights sha256': extracted.shardDigest,
                    'default layer': 'block_13_expand_relu, globally average-pooled (576 values): the best linear-probe ' +
                                     'layer on small sets, below the fine-tuned blocks',
                },
            });
            writeBackbone(output, backbone);
        } else if (command === 'convert' && source && output) {
            const settings = options(rest);
            settings.name = settings.name || path.basename(output, '.backbone');
            const model = JSON.parse(fs.readFileSync(source, 'utf8'));
            const directory = path.dirname(source);
            const readShard = (p) => {
                if (path.isAbsolute(p) || p.split('/').includes('..')) throw new Error(`weight file path ${p} leaves the model's folder`);
                return fs.readFileSync(path.join(directory, p));
            };
            settings.provenance = {'imported from': path.basename(source)};
            writeBackbone(output, convert(model, readShard, settings));
        } else {
            fail('usage: fetch-backbone.js nsfwjs PACKAGE_DIR OUT.backbone | convert MODEL.json OUT.backbone [options]');
        }
    } catch (error) {
        fail(error.message);
    }
}

if (require.main === module)
    main(process.argv.slice(2));

module.exports = {extractNsfwjs, evaluateBundle};
