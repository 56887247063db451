//! Native content validator: `cargo run --release --bin tarikh-validate -- FILE...`
fn main() {
    eprintln!("not implemented yet");
    std::process::exit(2);
}
